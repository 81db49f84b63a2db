// DiffQAS-QLSTM derived circuit, output gate
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
rz(pi*-0.316916735344) q[0];
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
rz(pi*-0.004261387336) q[0];
rz(pi*0.001342087853) q[1];
rz(pi*0.000738735355) q[2];
rz(pi*-0.002851185096) q[3];
rz(pi*0.001026525331) q[4];
rz(pi*-0.010037696994) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002208915935) q[0];
rz(pi*0.001537575634) q[1];
rz(pi*-0.002244369331) q[2];
rz(pi*0.000405272009) q[3];
rz(pi*0.000461198) q[4];
rz(pi*-0.000949267487) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.005018185636) q[0];
rz(pi*0.005164879957) q[1];
rz(pi*-0.002074742739) q[2];
rz(pi*0.002205902085) q[3];
rz(pi*0.004543232246) q[4];
rz(pi*0.006383749152) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.002570012829) q[0];
rz(pi*0.003207408809) q[1];
rz(pi*0.005710756739) q[2];
rz(pi*0.00763260181) q[3];
rz(pi*0.002392538189) q[4];
rz(pi*-0.003148978379) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.000846856153) q[0];
rz(pi*0.003214296806) q[1];
rz(pi*0.001485542873) q[2];
rz(pi*-0.004334185769) q[3];
rz(pi*-0.000929786848) q[4];
rz(pi*0.004812153751) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
