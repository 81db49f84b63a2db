// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003394863707) q[0];
rz(pi*0.007922500651) q[1];
rz(pi*-0.001651072093) q[2];
rz(pi*0.000237202424) q[3];
rz(pi*-0.00079934817) q[4];
rz(pi*0.001116425325) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002051296425) q[0];
rz(pi*0.00409683462) q[1];
rz(pi*-0.003143398909) q[2];
rz(pi*0.005002242006) q[3];
rz(pi*-0.00296546507) q[4];
rz(pi*0.000881572057) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003687335431) q[0];
rz(pi*0.002269528083) q[1];
rz(pi*-0.002988170706) q[2];
rz(pi*-0.002234849161) q[3];
rz(pi*-0.001472140554) q[4];
rz(pi*-0.000162915575) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003650818524) q[0];
rz(pi*-0.00411206114) q[1];
rz(pi*0.001485457644) q[2];
rz(pi*0.001941561313) q[3];
rz(pi*0.001777129252) q[4];
rz(pi*0.00148424576) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004832793729) q[0];
rz(pi*0.001552614945) q[1];
rz(pi*0.002727653239) q[2];
rz(pi*0.001793792512) q[3];
rz(pi*0.005707591847) q[4];
rz(pi*-0.006047337433) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
