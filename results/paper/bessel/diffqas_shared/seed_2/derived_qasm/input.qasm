// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*-0.001832614904) q[0];
ry(pi*-0.459751113118) q[1];
ry(pi*-0.023971336261) q[2];
ry(pi*-0.03135588066) q[3];
ry(pi*0.034040097572) q[4];
ry(pi*0.027041321309) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.40616330822) q[0];
ry(pi*0.048106222351) q[1];
ry(pi*0.017114547299) q[2];
ry(pi*-0.014950017662) q[3];
ry(pi*-0.421815331776) q[4];
ry(pi*-0.009023431096) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.343813167471) q[0];
ry(pi*-0.029586856921) q[1];
ry(pi*0.186306311081) q[2];
ry(pi*-0.041071274544) q[3];
ry(pi*0.263615704476) q[4];
ry(pi*0.083723813773) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.134356072495) q[0];
ry(pi*-0.073767110253) q[1];
ry(pi*-0.050608258196) q[2];
ry(pi*-0.053263774084) q[3];
ry(pi*-0.025317791848) q[4];
ry(pi*0.016943221016) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017879134801) q[0];
ry(pi*0.007408604214) q[1];
ry(pi*-0.019347593456) q[2];
ry(pi*0.177960844443) q[3];
ry(pi*0.138089529786) q[4];
ry(pi*-0.002454258316) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
