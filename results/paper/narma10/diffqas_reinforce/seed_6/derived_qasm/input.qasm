// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.030359911972) q[0];
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
rx(pi*0.175786017348) q[0];
rx(pi*-0.000287252495) q[1];
rx(pi*-0.004001370869) q[2];
rx(pi*0.001620802704) q[3];
rx(pi*-0.002671619897) q[4];
rx(pi*0.004579419502) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.177912520855) q[0];
rx(pi*0.002108653561) q[1];
rx(pi*-0.00105422495) q[2];
rx(pi*0.000167051727) q[3];
rx(pi*-0.001950967942) q[4];
rx(pi*-0.001340422401) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.171696991792) q[0];
rx(pi*0.004725968859) q[1];
rx(pi*-0.003701105792) q[2];
rx(pi*0.005049583755) q[3];
rx(pi*0.002332610987) q[4];
rx(pi*-0.002946866738) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.180303219874) q[0];
rx(pi*0.001497882422) q[1];
rx(pi*-0.002531581157) q[2];
rx(pi*0.000487552999) q[3];
rx(pi*-0.001070046221) q[4];
rx(pi*-0.002436116516) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.174807175349) q[0];
rx(pi*0.001043553521) q[1];
rx(pi*-0.001087752908) q[2];
rx(pi*-0.00043308691) q[3];
rx(pi*0.002520290297) q[4];
rx(pi*-0.000381748174) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
