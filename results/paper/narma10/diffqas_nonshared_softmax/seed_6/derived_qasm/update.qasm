// DiffQAS-QLSTM derived circuit, update gate
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
rz(pi*0.030359911972) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.070558235206) q[0];
rx(pi*0.079037103976) q[1];
rx(pi*0.003165941794) q[2];
rx(pi*-2.2335058e-05) q[3];
rx(pi*-0.002961550162) q[4];
rx(pi*0.00184769142) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.143624639198) q[0];
rx(pi*0.07146347243) q[1];
rx(pi*-0.004096306644) q[2];
rx(pi*-0.0013213748) q[3];
rx(pi*-0.000945630945) q[4];
rx(pi*0.001552158414) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.073643412681) q[0];
rx(pi*0.080257843765) q[1];
rx(pi*-0.002669015591) q[2];
rx(pi*-0.003522300096) q[3];
rx(pi*-0.001648673078) q[4];
rx(pi*-0.001774206411) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.145040063094) q[0];
rx(pi*0.078419906264) q[1];
rx(pi*-0.000945708096) q[2];
rx(pi*0.000451051359) q[3];
rx(pi*0.002270074736) q[4];
rx(pi*-0.003266411683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.068504530132) q[0];
rx(pi*0.077461175377) q[1];
rx(pi*0.002549267019) q[2];
rx(pi*-0.004151765172) q[3];
rx(pi*0.001714973937) q[4];
rx(pi*-0.002628178826) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
