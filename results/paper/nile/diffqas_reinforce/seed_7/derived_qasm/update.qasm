// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.063383369021) q[0];
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
rx(pi*-0.339265399849) q[0];
rx(pi*0.0058490906) q[1];
rx(pi*0.001859951669) q[2];
rx(pi*0.001756297916) q[3];
rx(pi*-0.000541100652) q[4];
rx(pi*-0.004501708906) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.050585865611) q[0];
rx(pi*0.001027128531) q[1];
rx(pi*0.002952307766) q[2];
rx(pi*-0.000760073323) q[3];
rx(pi*-0.003739058106) q[4];
rx(pi*-0.004579797771) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.25871341209) q[0];
rx(pi*-0.005357234567) q[1];
rx(pi*0.00346289079) q[2];
rx(pi*0.003672155158) q[3];
rx(pi*0.009000165171) q[4];
rx(pi*0.002799206585) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.014034020518) q[0];
rx(pi*-0.003052411244) q[1];
rx(pi*-0.009302022773) q[2];
rx(pi*-0.001890665731) q[3];
rx(pi*-0.000576510506) q[4];
rx(pi*0.003079299481) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.336046976766) q[0];
rx(pi*0.000225086991) q[1];
rx(pi*0.001278523219) q[2];
rx(pi*0.002106829657) q[3];
rx(pi*0.004603835946) q[4];
rx(pi*-0.003389383844) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
