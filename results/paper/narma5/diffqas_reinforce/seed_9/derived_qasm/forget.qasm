// DiffQAS-QLSTM derived circuit, forget gate
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
rx(pi*-0.009062236887) q[0];
rx(pi*-0.009053820694) q[1];
rx(pi*0.006415900844) q[2];
rx(pi*-0.003566835657) q[3];
rx(pi*-0.000924290458) q[4];
rx(pi*0.001819254829) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001645335801) q[0];
rx(pi*0.003584903938) q[1];
rx(pi*-0.003027471863) q[2];
rx(pi*0.001774036101) q[3];
rx(pi*-0.006622747669) q[4];
rx(pi*0.002275245995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.001582349984) q[0];
rx(pi*0.001145712651) q[1];
rx(pi*0.000941259357) q[2];
rx(pi*0.000852426655) q[3];
rx(pi*0.002763402639) q[4];
rx(pi*0.003063582042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.003467182189) q[0];
rx(pi*0.003156393759) q[1];
rx(pi*-0.003031800614) q[2];
rx(pi*0.000509372215) q[3];
rx(pi*-0.000783703509) q[4];
rx(pi*0.001529697645) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.001616687248) q[0];
rx(pi*0.00128982653) q[1];
rx(pi*-0.001543965448) q[2];
rx(pi*-0.003056053715) q[3];
rx(pi*0.003411719808) q[4];
rx(pi*0.00182247901) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
