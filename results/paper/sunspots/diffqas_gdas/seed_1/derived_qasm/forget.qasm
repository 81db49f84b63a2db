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
ry(pi*-0.138235523653) q[0];
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
ry(pi*-0.415659168441) q[0];
ry(pi*0.595245028724) q[1];
ry(pi*0.150177873684) q[2];
ry(pi*0.174672506785) q[3];
ry(pi*-0.211911210405) q[4];
ry(pi*0.147210735158) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.239891763358) q[0];
ry(pi*0.136687889591) q[1];
ry(pi*-0.250485538543) q[2];
ry(pi*0.18277455307) q[3];
ry(pi*0.02049223474) q[4];
ry(pi*-0.008756579399) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008947267372) q[0];
ry(pi*0.17314495395) q[1];
ry(pi*-0.16254271692) q[2];
ry(pi*0.249230130801) q[3];
ry(pi*0.32611793077) q[4];
ry(pi*0.660335934659) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.118289039055) q[0];
ry(pi*0.307743659429) q[1];
ry(pi*0.239829380964) q[2];
ry(pi*-0.32797392084) q[3];
ry(pi*0.218993281773) q[4];
ry(pi*-0.19048775289) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.127002263947) q[0];
ry(pi*-0.1703027984) q[1];
ry(pi*-0.472089698072) q[2];
ry(pi*-0.502943408046) q[3];
ry(pi*0.489063780633) q[4];
ry(pi*-0.003585403751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
