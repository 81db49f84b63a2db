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
ry(pi*0.052750694068) q[0];
ry(pi*0.340514261993) q[1];
ry(pi*0.009482873375) q[2];
ry(pi*0.005152506168) q[3];
ry(pi*0.082145812401) q[4];
ry(pi*-0.001624188895) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.007685809102) q[0];
ry(pi*-0.057302071256) q[1];
ry(pi*-0.002575751789) q[2];
ry(pi*-0.559715712754) q[3];
ry(pi*0.169316063738) q[4];
ry(pi*-0.008883125255) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.055744195227) q[0];
ry(pi*-0.499845955202) q[1];
ry(pi*0.148065002096) q[2];
ry(pi*0.001484790633) q[3];
ry(pi*0.13864954838) q[4];
ry(pi*-0.125682092731) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.306355878826) q[0];
ry(pi*-0.021085908617) q[1];
ry(pi*-0.019949675818) q[2];
ry(pi*0.010834587971) q[3];
ry(pi*-0.473225937986) q[4];
ry(pi*-0.482609479541) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.025263847583) q[0];
ry(pi*0.456225938651) q[1];
ry(pi*0.499496173626) q[2];
ry(pi*-0.033921368488) q[3];
ry(pi*0.157772901745) q[4];
ry(pi*-0.004625410331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
