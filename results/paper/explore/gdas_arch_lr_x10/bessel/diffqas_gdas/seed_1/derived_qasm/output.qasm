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
ry(pi*0.038228865234) q[0];
ry(pi*-0.447461439908) q[1];
ry(pi*0.147134360362) q[2];
ry(pi*-0.000209317673) q[3];
ry(pi*-0.00206711436) q[4];
ry(pi*3.4087e-08) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.050344167035) q[0];
ry(pi*-0.381357351301) q[1];
ry(pi*0.0052310486) q[2];
ry(pi*-0.000414991874) q[3];
ry(pi*-1.111344e-06) q[4];
ry(pi*-2.91916e-07) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003011322201) q[0];
ry(pi*-0.333509447653) q[1];
ry(pi*-0.396603737512) q[2];
ry(pi*-5.9153285e-05) q[3];
ry(pi*0.003120200278) q[4];
ry(pi*4.033e-09) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.127648874161) q[0];
ry(pi*0.010385214884) q[1];
ry(pi*-0.269937594763) q[2];
ry(pi*-0.000642121603) q[3];
ry(pi*0.002979467254) q[4];
ry(pi*-0.003480155398) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.025227092628) q[0];
ry(pi*-0.152428734066) q[1];
ry(pi*-0.010210594457) q[2];
ry(pi*-0.002563139062) q[3];
ry(pi*0.002638673424) q[4];
ry(pi*0.003114783262) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
