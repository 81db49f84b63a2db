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
rx(pi*0.091600539705) q[0];
rx(pi*-0.105711833854) q[1];
rx(pi*0.008047171762) q[2];
rx(pi*-0.014699098331) q[3];
rx(pi*0.003338793605) q[4];
rx(pi*-0.000174506535) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.214761372454) q[0];
rx(pi*-0.101585621712) q[1];
rx(pi*-0.008879735655) q[2];
rx(pi*-0.009826275958) q[3];
rx(pi*-0.000227047261) q[4];
rx(pi*0.000738356271) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.061623901912) q[0];
rx(pi*-0.09916372201) q[1];
rx(pi*0.002865001999) q[2];
rx(pi*-0.011354806483) q[3];
rx(pi*0.001853193369) q[4];
rx(pi*0.000555930004) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.259814021184) q[0];
rx(pi*-0.090717652378) q[1];
rx(pi*-0.005471417898) q[2];
rx(pi*-0.010518746268) q[3];
rx(pi*0.003157395757) q[4];
rx(pi*-0.004965519067) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.040981708946) q[0];
rx(pi*-0.101233904915) q[1];
rx(pi*0.008351365976) q[2];
rx(pi*-0.023607054762) q[3];
rx(pi*0.000152531201) q[4];
rx(pi*0.002585866635) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
