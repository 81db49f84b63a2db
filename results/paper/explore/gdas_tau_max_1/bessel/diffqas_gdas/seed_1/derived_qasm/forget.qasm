// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


h q[0];
h q[1];
h q[2];
h q[3];
h q[4];
h q[5];
rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.163687684298) q[0];
rx(pi*0.099133896851) q[1];
rx(pi*0.006389023576) q[2];
rx(pi*-0.010432789049) q[3];
rx(pi*0.055740898712) q[4];
rx(pi*0.003787112222) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.240768285329) q[0];
rx(pi*0.085071049614) q[1];
rx(pi*0.029011807168) q[2];
rx(pi*-0.007799987097) q[3];
rx(pi*0.067004819804) q[4];
rx(pi*-0.005345224817) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.1425414376) q[0];
rx(pi*0.096942440142) q[1];
rx(pi*0.064665413609) q[2];
rx(pi*-0.013808216362) q[3];
rx(pi*0.05726111858) q[4];
rx(pi*0.003241966484) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.258878607804) q[0];
rx(pi*0.126028573049) q[1];
rx(pi*0.024503467287) q[2];
rx(pi*-0.005085251928) q[3];
rx(pi*0.06023902414) q[4];
rx(pi*0.003151868462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.021415294489) q[0];
rx(pi*0.092827649594) q[1];
rx(pi*0.008423603527) q[2];
rx(pi*-0.006643064517) q[3];
rx(pi*0.057460839952) q[4];
rx(pi*-0.002393086769) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
