// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.082635] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.082635, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


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
ry(pi*0.204775503078) q[0];
ry(pi*0.514390994822) q[1];
ry(pi*0.232360189652) q[2];
ry(pi*0.014436960176) q[3];
ry(pi*0.484815099405) q[4];
ry(pi*-0.026521100425) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.045095209346) q[0];
ry(pi*0.561646227777) q[1];
ry(pi*-0.051148559362) q[2];
ry(pi*0.247729063922) q[3];
ry(pi*-0.479025641338) q[4];
ry(pi*0.004998801417) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.141243341176) q[0];
ry(pi*-0.057516287807) q[1];
ry(pi*-0.020699576042) q[2];
ry(pi*-0.160964013557) q[3];
ry(pi*-0.015679553013) q[4];
ry(pi*-0.588346158207) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.022117675096) q[0];
ry(pi*0.502056242363) q[1];
ry(pi*0.006198395486) q[2];
ry(pi*-0.215885488782) q[3];
ry(pi*-0.259380228281) q[4];
ry(pi*-0.090101218319) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.005097873548) q[0];
ry(pi*0.574163004777) q[1];
ry(pi*0.224897638801) q[2];
ry(pi*0.547038198635) q[3];
ry(pi*-0.496129952839) q[4];
ry(pi*0.000704286552) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
