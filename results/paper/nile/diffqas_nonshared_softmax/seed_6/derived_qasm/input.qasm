// DiffQAS-QLSTM derived circuit, input gate
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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.000971550683) q[0];
ry(pi*0.003255680816) q[1];
ry(pi*-0.000225994514) q[2];
ry(pi*-9.1237655e-05) q[3];
ry(pi*-0.00027863733) q[4];
ry(pi*0.003389781975) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000679833274) q[0];
ry(pi*0.001407410134) q[1];
ry(pi*0.340138449807) q[2];
ry(pi*-0.000249346557) q[3];
ry(pi*-0.001561459359) q[4];
ry(pi*0.000171257007) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.000976136456) q[0];
ry(pi*0.000936981744) q[1];
ry(pi*-0.002247962295) q[2];
ry(pi*0.004683064658) q[3];
ry(pi*-0.061236611213) q[4];
ry(pi*0.003483823067) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.0019416876) q[0];
ry(pi*0.596563217288) q[1];
ry(pi*0.005111877215) q[2];
ry(pi*-0.499716219554) q[3];
ry(pi*-0.493341641947) q[4];
ry(pi*0.029397575304) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.094523073301) q[0];
ry(pi*0.019762236928) q[1];
ry(pi*0.000320747714) q[2];
ry(pi*-0.04298647856) q[3];
ry(pi*-0.004731989149) q[4];
ry(pi*0.000875082265) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
