// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*0.351028693147) q[0];
ry(pi*0.010481974711) q[1];
ry(pi*0.000595825912) q[2];
ry(pi*0.006828668386) q[3];
ry(pi*0.002531030651) q[4];
ry(pi*-0.056255245158) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.032325191225) q[0];
ry(pi*0.287126240128) q[1];
ry(pi*-0.504685182175) q[2];
ry(pi*0.009122768845) q[3];
ry(pi*0.00757378807) q[4];
ry(pi*0.030421712367) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.013855093278) q[0];
ry(pi*0.305510832644) q[1];
ry(pi*0.269075378244) q[2];
ry(pi*-0.001330633797) q[3];
ry(pi*-0.233270767705) q[4];
ry(pi*-0.00977623415) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013605841177) q[0];
ry(pi*0.501289819248) q[1];
ry(pi*-0.002351686455) q[2];
ry(pi*0.485466699452) q[3];
ry(pi*-0.5094216148) q[4];
ry(pi*0.007379395076) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.010343407249) q[0];
ry(pi*-0.030157533456) q[1];
ry(pi*-0.175027809432) q[2];
ry(pi*-0.215004678971) q[3];
ry(pi*1.400777542159) q[4];
ry(pi*0.000781159827) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
