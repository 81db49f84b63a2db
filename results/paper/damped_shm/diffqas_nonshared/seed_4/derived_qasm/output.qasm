// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*-0.021457274065) q[0];
ry(pi*0.011682550027) q[1];
ry(pi*0.000901026164) q[2];
ry(pi*-0.002477337182) q[3];
ry(pi*0.00685854157) q[4];
ry(pi*-0.503815737039) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.012224492335) q[0];
ry(pi*-0.002029319016) q[1];
ry(pi*-0.025414621637) q[2];
ry(pi*-0.000916318717) q[3];
ry(pi*0.036963288099) q[4];
ry(pi*0.038210096443) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.405566122013) q[0];
ry(pi*-0.011517060235) q[1];
ry(pi*0.012032026854) q[2];
ry(pi*-0.005309570874) q[3];
ry(pi*-0.211710421816) q[4];
ry(pi*0.002430511699) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.047532481717) q[0];
ry(pi*-0.450717504922) q[1];
ry(pi*0.032539165873) q[2];
ry(pi*-0.005983855805) q[3];
ry(pi*-0.026828750644) q[4];
ry(pi*0.220305949268) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.023198607078) q[0];
ry(pi*-0.186432195261) q[1];
ry(pi*-0.293847165244) q[2];
ry(pi*-0.472974662915) q[3];
ry(pi*-0.131333770705) q[4];
ry(pi*-0.005427613974) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
