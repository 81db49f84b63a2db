// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.316916735344) q[0];
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
ry(pi*-0.18385704319) q[0];
ry(pi*0.206736051961) q[1];
ry(pi*0.043860187821) q[2];
ry(pi*-0.262659971284) q[3];
ry(pi*-0.22383129449) q[4];
ry(pi*0.122437620066) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071631201006) q[0];
ry(pi*-0.080511461969) q[1];
ry(pi*-0.234434575021) q[2];
ry(pi*-0.210409232833) q[3];
ry(pi*-0.222150460826) q[4];
ry(pi*0.154014912691) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.262860057881) q[0];
ry(pi*-0.475670614472) q[1];
ry(pi*-0.455218485749) q[2];
ry(pi*-0.374509138021) q[3];
ry(pi*-0.412466586241) q[4];
ry(pi*0.281984758312) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.171013176019) q[0];
ry(pi*-0.290967348789) q[1];
ry(pi*-0.266151677824) q[2];
ry(pi*-0.266223148164) q[3];
ry(pi*-0.184369364296) q[4];
ry(pi*0.211991522046) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.146405759419) q[0];
ry(pi*0.297564268026) q[1];
ry(pi*1.235458429232) q[2];
ry(pi*0.19907062552) q[3];
ry(pi*0.127145062333) q[4];
ry(pi*-9.8460288e-05) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
