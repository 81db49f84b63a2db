// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.138235523653) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.245250350326) q[0];
ry(pi*-0.002519825761) q[1];
ry(pi*-0.006645657854) q[2];
ry(pi*0.077029260776) q[3];
ry(pi*-0.518140541003) q[4];
ry(pi*0.239480699807) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.002295399204) q[0];
ry(pi*-0.075044550099) q[1];
ry(pi*-0.499991438232) q[2];
ry(pi*-0.243916850755) q[3];
ry(pi*0.023811713792) q[4];
ry(pi*-0.015698164093) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.501392461813) q[0];
ry(pi*0.114209831896) q[1];
ry(pi*-0.000290419369) q[2];
ry(pi*0.004721380418) q[3];
ry(pi*-0.020526101095) q[4];
ry(pi*0.218318629838) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.501197156348) q[0];
ry(pi*0.493572502341) q[1];
ry(pi*-0.25287587708) q[2];
ry(pi*-0.345312773449) q[3];
ry(pi*0.021698721253) q[4];
ry(pi*-0.002798035611) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.226358730101) q[0];
ry(pi*-0.002300131125) q[1];
ry(pi*-0.002375508221) q[2];
ry(pi*0.361748485322) q[3];
ry(pi*-0.146817211912) q[4];
ry(pi*0.006846669966) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
