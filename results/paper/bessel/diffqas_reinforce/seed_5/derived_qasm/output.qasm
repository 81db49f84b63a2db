// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.026303643375) q[0];
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
ry(pi*-0.138032829729) q[0];
ry(pi*-0.366253033025) q[1];
ry(pi*-0.420648166283) q[2];
ry(pi*0.024378351503) q[3];
ry(pi*0.002855911089) q[4];
ry(pi*-0.00425144532) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.026598338481) q[0];
ry(pi*-0.094390064853) q[1];
ry(pi*-0.28977997732) q[2];
ry(pi*-0.02961735087) q[3];
ry(pi*-0.002266601833) q[4];
ry(pi*-0.000247025138) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.495796563717) q[0];
ry(pi*-0.101437814521) q[1];
ry(pi*-0.209829729228) q[2];
ry(pi*0.018798627674) q[3];
ry(pi*0.002610496522) q[4];
ry(pi*-0.000424390462) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.26532795701) q[0];
ry(pi*-0.034657534815) q[1];
ry(pi*0.130813642313) q[2];
ry(pi*-0.495161242287) q[3];
ry(pi*-0.003125127857) q[4];
ry(pi*-3.93334e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.444239412004) q[0];
ry(pi*-0.001362488893) q[1];
ry(pi*0.01512989354) q[2];
ry(pi*0.007830736585) q[3];
ry(pi*-0.501710103554) q[4];
ry(pi*0.001339524308) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
