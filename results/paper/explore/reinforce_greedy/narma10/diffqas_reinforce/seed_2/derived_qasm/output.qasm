// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*0.030359911972) q[0];
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
ry(pi*0.004281295381) q[0];
ry(pi*-0.001811787719) q[1];
ry(pi*0.016142173821) q[2];
ry(pi*-0.018405655823) q[3];
ry(pi*-0.01466945697) q[4];
ry(pi*-0.001139238942) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001696624622) q[0];
ry(pi*0.016758671913) q[1];
ry(pi*-0.001757107519) q[2];
ry(pi*0.007092378314) q[3];
ry(pi*-0.009395256634) q[4];
ry(pi*-0.002936657621) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.011454789306) q[0];
ry(pi*0.001567045943) q[1];
ry(pi*0.02305784352) q[2];
ry(pi*-0.000429938508) q[3];
ry(pi*-0.003725285077) q[4];
ry(pi*-0.000170417555) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.021861962774) q[0];
ry(pi*0.016986259508) q[1];
ry(pi*0.004350371598) q[2];
ry(pi*0.00041472066) q[3];
ry(pi*0.014167344388) q[4];
ry(pi*0.001386969666) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.012310395008) q[0];
ry(pi*-0.001994089736) q[1];
ry(pi*0.018885207437) q[2];
ry(pi*-0.024563859915) q[3];
ry(pi*-0.010985702349) q[4];
ry(pi*-0.000233846415) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
