// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.138235523653) q[0];
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
ry(pi*0.108834928365) q[0];
ry(pi*-0.007538124641) q[1];
ry(pi*0.003779766211) q[2];
ry(pi*-0.004229830024) q[3];
ry(pi*-0.487115734791) q[4];
ry(pi*0.135426211355) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.164389467263) q[0];
ry(pi*0.40767763705) q[1];
ry(pi*0.453097560229) q[2];
ry(pi*-0.159805917038) q[3];
ry(pi*-0.160026076802) q[4];
ry(pi*-0.147682264857) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.014449562824) q[0];
ry(pi*0.010617390327) q[1];
ry(pi*0.018138900176) q[2];
ry(pi*0.228501094825) q[3];
ry(pi*0.011070204595) q[4];
ry(pi*0.007264176544) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.005595559551) q[0];
ry(pi*-0.004015595093) q[1];
ry(pi*0.01530885754) q[2];
ry(pi*0.048728884214) q[3];
ry(pi*-0.069919697896) q[4];
ry(pi*0.01363462995) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.003727893533) q[0];
ry(pi*-0.000400247529) q[1];
ry(pi*-0.131717570418) q[2];
ry(pi*-0.267793864001) q[3];
ry(pi*0.047252017074) q[4];
ry(pi*-0.003541101496) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
