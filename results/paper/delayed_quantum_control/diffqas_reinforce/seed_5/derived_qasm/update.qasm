// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*-0.103702003258) q[0];
ry(pi*-0.055497321834) q[1];
ry(pi*-0.240737511532) q[2];
ry(pi*-0.480663900155) q[3];
ry(pi*-0.000882004205) q[4];
ry(pi*-0.001853398808) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.28982306443) q[0];
ry(pi*0.07100464973) q[1];
ry(pi*0.244300005394) q[2];
ry(pi*-0.008580744124) q[3];
ry(pi*-0.001409376481) q[4];
ry(pi*0.006660265091) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010003010068) q[0];
ry(pi*-0.230421307647) q[1];
ry(pi*0.249326398523) q[2];
ry(pi*-0.010362164181) q[3];
ry(pi*-0.001688382149) q[4];
ry(pi*0.502985793164) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080546599498) q[0];
ry(pi*0.223774603919) q[1];
ry(pi*-0.029419695156) q[2];
ry(pi*0.499377707789) q[3];
ry(pi*0.004185386956) q[4];
ry(pi*0.003547441655) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.347964670285) q[0];
ry(pi*0.282822727659) q[1];
ry(pi*0.214211124826) q[2];
ry(pi*0.501007656544) q[3];
ry(pi*0.492930350722) q[4];
ry(pi*-0.002046965598) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
