// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000103018907) q[0];
rz(pi*-0.00577370713) q[1];
rz(pi*-0.00133844968) q[2];
rz(pi*-0.001620402646) q[3];
rz(pi*0.005063445719) q[4];
rz(pi*-0.002520864222) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000806929784) q[0];
rz(pi*-0.000880919943) q[1];
rz(pi*-0.001206355778) q[2];
rz(pi*-0.002909605447) q[3];
rz(pi*0.000696903707) q[4];
rz(pi*0.003427506912) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00198611555) q[0];
rz(pi*-0.002952264781) q[1];
rz(pi*-0.003659942637) q[2];
rz(pi*0.000378537555) q[3];
rz(pi*-0.002249272748) q[4];
rz(pi*-0.002006070434) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.005347042644) q[0];
rz(pi*0.00620864907) q[1];
rz(pi*0.002917731119) q[2];
rz(pi*-0.003100158238) q[3];
rz(pi*0.002890813533) q[4];
rz(pi*0.004273330681) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.007606349456) q[0];
rz(pi*-0.001747109918) q[1];
rz(pi*-0.001235101492) q[2];
rz(pi*0.002063223168) q[3];
rz(pi*-0.000386666895) q[4];
rz(pi*-0.00073354075) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
