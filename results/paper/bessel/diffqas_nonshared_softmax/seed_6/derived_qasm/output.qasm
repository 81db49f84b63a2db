// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rz(pi*-0.026303643375) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.004203864633) q[0];
rz(pi*-0.001481193371) q[1];
rz(pi*0.000880549307) q[2];
rz(pi*0.000307163227) q[3];
rz(pi*0.006647936956) q[4];
rz(pi*0.000299586467) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002074899857) q[0];
rz(pi*-0.003179261552) q[1];
rz(pi*0.002106351485) q[2];
rz(pi*-0.004996923115) q[3];
rz(pi*-0.003295825371) q[4];
rz(pi*0.000954321427) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.003343784623) q[0];
rz(pi*0.005918032822) q[1];
rz(pi*-0.000818649754) q[2];
rz(pi*-0.006695636815) q[3];
rz(pi*0.001252926314) q[4];
rz(pi*-0.002101973078) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000704005815) q[0];
rz(pi*0.000328243172) q[1];
rz(pi*0.00242575117) q[2];
rz(pi*0.000554959688) q[3];
rz(pi*-0.005696588247) q[4];
rz(pi*0.000122123658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00461419388) q[0];
rz(pi*0.003545447441) q[1];
rz(pi*-0.006361427121) q[2];
rz(pi*-0.000627543344) q[3];
rz(pi*-0.000467527227) q[4];
rz(pi*0.004540040082) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
