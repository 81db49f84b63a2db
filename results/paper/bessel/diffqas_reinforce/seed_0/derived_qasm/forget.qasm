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
ry(pi*0.25262826375) q[0];
ry(pi*0.044623252761) q[1];
ry(pi*0.166198670537) q[2];
ry(pi*0.149081154003) q[3];
ry(pi*-0.376999311156) q[4];
ry(pi*0.000756863667) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.185886197528) q[0];
ry(pi*-0.12206892266) q[1];
ry(pi*0.150631265435) q[2];
ry(pi*-0.099163190773) q[3];
ry(pi*-0.122529495597) q[4];
ry(pi*-0.000312032219) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.078430317559) q[0];
ry(pi*0.053864465506) q[1];
ry(pi*-0.083584288186) q[2];
ry(pi*0.048022623681) q[3];
ry(pi*0.065013264708) q[4];
ry(pi*5.0227102e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.086558256901) q[0];
ry(pi*-0.105536241074) q[1];
ry(pi*-0.028800014386) q[2];
ry(pi*0.045449259791) q[3];
ry(pi*-0.010697904739) q[4];
ry(pi*0.000441403384) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.238341557063) q[0];
ry(pi*0.302581724991) q[1];
ry(pi*0.198499204305) q[2];
ry(pi*0.08689963355) q[3];
ry(pi*0.058812017381) q[4];
ry(pi*0.000805051334) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
