// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*0.030359911972) q[0];
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
rz(pi*0.004851382278) q[0];
rz(pi*-0.002938508649) q[1];
rz(pi*-0.001442874646) q[2];
rz(pi*-0.002491621289) q[3];
rz(pi*-0.004460086848) q[4];
rz(pi*0.001981776275) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003351363347) q[0];
rz(pi*-0.002177914762) q[1];
rz(pi*0.003000933139) q[2];
rz(pi*0.002754055893) q[3];
rz(pi*-0.001978065176) q[4];
rz(pi*-0.004163617506) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000331890572) q[0];
rz(pi*-0.005086164991) q[1];
rz(pi*-0.003216280051) q[2];
rz(pi*-0.001234335097) q[3];
rz(pi*-0.000503363116) q[4];
rz(pi*-0.001767356656) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000462675169) q[0];
rz(pi*0.004399178991) q[1];
rz(pi*0.001996189931) q[2];
rz(pi*0.004390220001) q[3];
rz(pi*0.002852153892) q[4];
rz(pi*0.00073841141) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.003863786135) q[0];
rz(pi*-0.004252909186) q[1];
rz(pi*-6.5514121e-05) q[2];
rz(pi*-0.001300633881) q[3];
rz(pi*-0.002974742447) q[4];
rz(pi*0.001304130944) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
