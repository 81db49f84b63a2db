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
ry(pi*-0.026303643375) q[0];
ry(0) q[1];
ry(0) q[2];
ry(0) q[3];
ry(0) q[4];
ry(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.002696458188) q[0];
rz(pi*-2.7843353e-05) q[1];
rz(pi*0.003405221641) q[2];
rz(pi*0.002257655442) q[3];
rz(pi*0.000316632407) q[4];
rz(pi*0.000528420261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.003826290056) q[0];
rz(pi*-0.0004927907) q[1];
rz(pi*-0.000452884638) q[2];
rz(pi*0.000255249139) q[3];
rz(pi*0.002606132197) q[4];
rz(pi*0.002986335685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.006157675226) q[0];
rz(pi*-0.000187610478) q[1];
rz(pi*0.004101330865) q[2];
rz(pi*-0.001992076698) q[3];
rz(pi*0.002021322744) q[4];
rz(pi*0.000508241928) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.005640178118) q[0];
rz(pi*0.002063727576) q[1];
rz(pi*-0.001296929601) q[2];
rz(pi*0.001975082008) q[3];
rz(pi*0.001240927385) q[4];
rz(pi*-0.000866593813) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000792783081) q[0];
rz(pi*-0.002857430094) q[1];
rz(pi*0.008926457232) q[2];
rz(pi*0.000582181172) q[3];
rz(pi*0.003255210944) q[4];
rz(pi*-0.003555489064) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
