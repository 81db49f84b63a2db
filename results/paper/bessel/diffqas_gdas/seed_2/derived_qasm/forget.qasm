// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.005582135739) q[0];
ry(pi*-0.01120704791) q[1];
ry(pi*0.018094275088) q[2];
ry(pi*0.215805158169) q[3];
ry(pi*-0.15827468349) q[4];
ry(pi*-0.536633050508) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.031165427475) q[0];
ry(pi*-0.086228823596) q[1];
ry(pi*0.004593379887) q[2];
ry(pi*0.494135234037) q[3];
ry(pi*0.005668548304) q[4];
ry(pi*0.0058068709) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.470802283304) q[0];
ry(pi*0.55839676528) q[1];
ry(pi*-0.148767164515) q[2];
ry(pi*-0.450319874076) q[3];
ry(pi*-0.333403048484) q[4];
ry(pi*-0.493845596071) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.013500141628) q[0];
ry(pi*-0.002658429687) q[1];
ry(pi*-0.495379315049) q[2];
ry(pi*0.003051445709) q[3];
ry(pi*-0.004962698354) q[4];
ry(pi*0.056872855528) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.082639170246) q[0];
ry(pi*-0.22392458349) q[1];
ry(pi*-0.081768463422) q[2];
ry(pi*0.439851205189) q[3];
ry(pi*0.000606721235) q[4];
ry(pi*0.002178087147) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
