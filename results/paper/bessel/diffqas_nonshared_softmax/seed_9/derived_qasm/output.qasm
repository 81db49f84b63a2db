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
ry(pi*-0.026303643375) q[0];
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
ry(pi*-0.035149208828) q[0];
ry(pi*-0.349244078553) q[1];
ry(pi*0.006227270229) q[2];
ry(pi*-0.003057392776) q[3];
ry(pi*-0.006124512049) q[4];
ry(pi*0.002245736851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.059075662683) q[0];
ry(pi*-0.087948892902) q[1];
ry(pi*-0.011233338209) q[2];
ry(pi*-0.04819532786) q[3];
ry(pi*-0.007978257999) q[4];
ry(pi*0.002266930596) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.008826368873) q[0];
ry(pi*0.041790427059) q[1];
ry(pi*0.00676430156) q[2];
ry(pi*0.000378978597) q[3];
ry(pi*-0.293716746576) q[4];
ry(pi*-0.170206037387) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1734785328) q[0];
ry(pi*-0.188138983644) q[1];
ry(pi*-0.500064635092) q[2];
ry(pi*-0.327728754995) q[3];
ry(pi*-0.131493473809) q[4];
ry(pi*0.202438383099) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.080075079286) q[0];
ry(pi*-0.011507245396) q[1];
ry(pi*-0.006868377754) q[2];
ry(pi*-0.273607891777) q[3];
ry(pi*-0.158182864877) q[4];
ry(pi*0.002585905469) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
