// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.063383369021) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000705733298) q[0];
rz(pi*0.002229853696) q[1];
rz(pi*-0.005079034203) q[2];
rz(pi*-0.003301488736) q[3];
rz(pi*-0.001203488225) q[4];
rz(pi*0.008060638856) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.003042087401) q[0];
rz(pi*-0.000354697816) q[1];
rz(pi*0.002266427966) q[2];
rz(pi*0.006549075304) q[3];
rz(pi*-0.000743942633) q[4];
rz(pi*-0.001166283853) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00385778215) q[0];
rz(pi*0.001573105068) q[1];
rz(pi*0.002137042424) q[2];
rz(pi*-0.001617553473) q[3];
rz(pi*0.00612510554) q[4];
rz(pi*0.005442008954) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.001801694365) q[0];
rz(pi*0.002178391749) q[1];
rz(pi*-0.006452773194) q[2];
rz(pi*0.002030177237) q[3];
rz(pi*-0.000617623561) q[4];
rz(pi*0.001381410058) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00217261099) q[0];
rz(pi*-0.001086178985) q[1];
rz(pi*-0.005380876389) q[2];
rz(pi*0.001171023334) q[3];
rz(pi*-0.002359831248) q[4];
rz(pi*-0.001051046718) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
