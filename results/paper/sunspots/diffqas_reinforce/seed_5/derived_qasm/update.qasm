// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.009225791458) q[0];
ry(pi*0.105275735761) q[1];
ry(pi*-0.100270990538) q[2];
ry(pi*0.01105796243) q[3];
ry(pi*-0.011006386201) q[4];
ry(pi*-0.003806717888) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.139281549578) q[0];
ry(pi*0.215308186016) q[1];
ry(pi*0.027393578829) q[2];
ry(pi*-0.28219603883) q[3];
ry(pi*-0.006760489224) q[4];
ry(pi*0.002979893845) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.027454120867) q[0];
ry(pi*0.19378770187) q[1];
ry(pi*0.128875414868) q[2];
ry(pi*0.095095016267) q[3];
ry(pi*-0.007960521445) q[4];
ry(pi*0.000379888511) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059610428549) q[0];
ry(pi*0.117063655686) q[1];
ry(pi*-0.295873454697) q[2];
ry(pi*-0.025134562537) q[3];
ry(pi*-0.496413936927) q[4];
ry(pi*0.138311008156) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.075756473997) q[0];
ry(pi*0.160355367811) q[1];
ry(pi*0.002710279242) q[2];
ry(pi*-0.001477275202) q[3];
ry(pi*0.010097457591) q[4];
ry(pi*-0.001418718188) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
