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
ry(pi*0.030359911972) q[0];
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
ry(pi*0.012693930288) q[0];
ry(pi*0.003323380916) q[1];
ry(pi*0.033000251074) q[2];
ry(pi*-0.012896170292) q[3];
ry(pi*-0.009915783453) q[4];
ry(pi*0.028590676203) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.016030203779) q[0];
ry(pi*0.034945213845) q[1];
ry(pi*0.002583077344) q[2];
ry(pi*0.494552786269) q[3];
ry(pi*0.006631106943) q[4];
ry(pi*-0.006102813155) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.058934320456) q[0];
ry(pi*-0.089141064476) q[1];
ry(pi*0.070999147633) q[2];
ry(pi*-0.082069181473) q[3];
ry(pi*-0.006011970453) q[4];
ry(pi*-0.024920602118) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.008155571963) q[0];
ry(pi*-0.140279791212) q[1];
ry(pi*-0.003406108914) q[2];
ry(pi*0.142373822861) q[3];
ry(pi*-0.50182041111) q[4];
ry(pi*-0.028261956748) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.002343608066) q[0];
ry(pi*0.008058990598) q[1];
ry(pi*-0.00735884759) q[2];
ry(pi*0.044650492883) q[3];
ry(pi*-0.001912393085) q[4];
ry(pi*0.000773855319) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
