// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [0.095378] (the last step of the first test window) and h = 0; encoding angles (identity) = [0.095378, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
rz(pi*-0.005653754897) q[0];
rz(pi*-0.003736289863) q[1];
rz(pi*-0.001832548648) q[2];
rz(pi*-0.003102851183) q[3];
rz(pi*-0.001162808357) q[4];
rz(pi*-0.000305717074) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000711824365) q[0];
rz(pi*0.004261463227) q[1];
rz(pi*-0.002259023999) q[2];
rz(pi*-0.001613807838) q[3];
rz(pi*-0.004768498348) q[4];
rz(pi*-0.002203816416) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.004169896893) q[0];
rz(pi*0.000142909489) q[1];
rz(pi*0.005233264262) q[2];
rz(pi*-0.003207149416) q[3];
rz(pi*-0.001767628055) q[4];
rz(pi*0.001113206628) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.000295851745) q[0];
rz(pi*-0.006052937358) q[1];
rz(pi*0.002689638671) q[2];
rz(pi*0.00411671717) q[3];
rz(pi*-0.001401112812) q[4];
rz(pi*0.003032491934) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.0036305915) q[0];
rz(pi*0.001604308716) q[1];
rz(pi*0.003590984703) q[2];
rz(pi*0.001721996374) q[3];
rz(pi*0.001104790065) q[4];
rz(pi*-0.003098188037) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
