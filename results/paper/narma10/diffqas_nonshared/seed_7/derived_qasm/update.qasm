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
rz(pi*-0.003762606547) q[0];
rz(pi*0.002355766781) q[1];
rz(pi*-0.000762374361) q[2];
rz(pi*0.001227718425) q[3];
rz(pi*-0.001370283135) q[4];
rz(pi*0.000971867661) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.002390955299) q[0];
rz(pi*-8.4354856e-05) q[1];
rz(pi*0.001852091615) q[2];
rz(pi*0.000143448063) q[3];
rz(pi*-0.001455028321) q[4];
rz(pi*-0.003458934379) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000533636358) q[0];
rz(pi*0.00109802339) q[1];
rz(pi*-0.000822374786) q[2];
rz(pi*-0.002448801725) q[3];
rz(pi*0.001727086258) q[4];
rz(pi*0.007899572678) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000962742511) q[0];
rz(pi*0.001071872422) q[1];
rz(pi*0.001201268636) q[2];
rz(pi*-0.008169311197) q[3];
rz(pi*0.000394246731) q[4];
rz(pi*-0.00224891864) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004407615342) q[0];
rz(pi*-0.000808455978) q[1];
rz(pi*-0.002474970628) q[2];
rz(pi*-0.000695508395) q[3];
rz(pi*0.000530170052) q[4];
rz(pi*-0.001782233662) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
