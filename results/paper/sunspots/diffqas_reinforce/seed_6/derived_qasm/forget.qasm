// DiffQAS-QLSTM derived circuit, forget gate
// input v = concat(x, h) with x = [-0.43428] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.43428, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.138235523653) q[0];
rz(0) q[1];
rz(0) q[2];
rz(0) q[3];
rz(0) q[4];
rz(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.065897869069) q[0];
rx(pi*-0.007098006105) q[1];
rx(pi*-0.084788175432) q[2];
rx(pi*0.059448287448) q[3];
rx(pi*-0.014571559963) q[4];
rx(pi*-0.020768366482) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.12327052369) q[0];
rx(pi*-0.00318216883) q[1];
rx(pi*-0.075350405021) q[2];
rx(pi*-0.05060490002) q[3];
rx(pi*0.099836694857) q[4];
rx(pi*-0.015071560641) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*-0.174298060637) q[0];
rx(pi*0.149134657152) q[1];
rx(pi*-0.090922785726) q[2];
rx(pi*-0.138745901479) q[3];
rx(pi*-0.056487656575) q[4];
rx(pi*-0.321095427055) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.062538008896) q[0];
rx(pi*0.014105899959) q[1];
rx(pi*-0.111105264273) q[2];
rx(pi*-0.007388245863) q[3];
rx(pi*-0.065814977135) q[4];
rx(pi*0.021346845559) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rx(pi*0.009217789109) q[0];
rx(pi*-0.004560300901) q[1];
rx(pi*-0.011721127552) q[2];
rx(pi*0.055024203167) q[3];
rx(pi*0.00388379438) q[4];
rx(pi*0.000442147619) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
