// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.995623] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.995623, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.316916735344) q[0];
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
ry(pi*0.003720502758) q[0];
ry(pi*-0.262745272757) q[1];
ry(pi*0.016941873951) q[2];
ry(pi*-0.50040185671) q[3];
ry(pi*-0.000904639805) q[4];
ry(pi*8.629223e-06) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.003952411693) q[0];
ry(pi*0.500341030081) q[1];
ry(pi*0.000122402552) q[2];
ry(pi*0.000233195228) q[3];
ry(pi*0.502203129376) q[4];
ry(pi*0.00023954465) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.217597608507) q[0];
ry(pi*0.500870521523) q[1];
ry(pi*0.002383276821) q[2];
ry(pi*-0.000238978729) q[3];
ry(pi*0.046018745786) q[4];
ry(pi*-0.500055869683) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.001503752561) q[0];
ry(pi*-0.001304101447) q[1];
ry(pi*-0.002995260584) q[2];
ry(pi*0.000214953005) q[3];
ry(pi*-0.014335131068) q[4];
ry(pi*0.502006116364) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*2.0090317e-05) q[0];
ry(pi*-7.7468096e-05) q[1];
ry(pi*-0.02427178395) q[2];
ry(pi*-0.00057348439) q[3];
ry(pi*-9.228589e-05) q[4];
ry(pi*-0.004708009374) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
