// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000399726223) q[0];
ry(pi*0.005456311441) q[1];
ry(pi*0.001338641927) q[2];
ry(pi*0.001881229161) q[3];
ry(pi*-0.001618176757) q[4];
ry(pi*0.000377047749) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.002566995569) q[0];
ry(pi*0.000200755942) q[1];
ry(pi*-0.000562779573) q[2];
ry(pi*0.013177450763) q[3];
ry(pi*0.001438568129) q[4];
ry(pi*0.002888817837) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-1.7982228e-05) q[0];
ry(pi*0.003281966965) q[1];
ry(pi*-0.499311606736) q[2];
ry(pi*-0.000178890573) q[3];
ry(pi*-0.418433477445) q[4];
ry(pi*-0.016317969372) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.500688421091) q[0];
ry(pi*0.000565792534) q[1];
ry(pi*-0.00598649361) q[2];
ry(pi*0.016886721359) q[3];
ry(pi*-0.00883061284) q[4];
ry(pi*-0.120513603208) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007410060373) q[0];
ry(pi*-0.499581095645) q[1];
ry(pi*-0.001189436905) q[2];
ry(pi*-0.495431224487) q[3];
ry(pi*-0.096363591096) q[4];
ry(pi*-0.001951401647) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
