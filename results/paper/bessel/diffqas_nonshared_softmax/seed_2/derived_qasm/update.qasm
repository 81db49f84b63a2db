// DiffQAS-QLSTM derived circuit, update gate
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
ry(pi*-0.020908072309) q[0];
ry(pi*0.556314164711) q[1];
ry(pi*-0.005077100168) q[2];
ry(pi*-0.002096106942) q[3];
ry(pi*0.005782455345) q[4];
ry(pi*-0.001225998649) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.001947487036) q[0];
ry(pi*-0.010688232195) q[1];
ry(pi*-0.004847214499) q[2];
ry(pi*0.774114212436) q[3];
ry(pi*0.000671109368) q[4];
ry(pi*-0.009904105134) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.053921967161) q[0];
ry(pi*0.11095523727) q[1];
ry(pi*0.008902922724) q[2];
ry(pi*-0.016551217961) q[3];
ry(pi*0.007413945043) q[4];
ry(pi*0.11656666456) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.469960728108) q[0];
ry(pi*0.013118916279) q[1];
ry(pi*0.043585339112) q[2];
ry(pi*-0.006968818887) q[3];
ry(pi*0.503740946468) q[4];
ry(pi*0.514316431924) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.086941914318) q[0];
ry(pi*-0.07448415205) q[1];
ry(pi*-0.076748644351) q[2];
ry(pi*0.000382291602) q[3];
ry(pi*0.131709601864) q[4];
ry(pi*0.000158152823) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
