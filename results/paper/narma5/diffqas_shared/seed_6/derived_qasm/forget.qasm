// DiffQAS-QLSTM derived circuit, forget gate
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
ry(pi*0.030359911972) q[0];
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
ry(pi*-0.113399961188) q[0];
ry(pi*-0.062519908895) q[1];
ry(pi*-0.026274822302) q[2];
ry(pi*0.004016562111) q[3];
ry(pi*0.037252449375) q[4];
ry(pi*0.006439195228) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.1183474182) q[0];
ry(pi*-0.032706102337) q[1];
ry(pi*0.034264969692) q[2];
ry(pi*-0.02499301161) q[3];
ry(pi*0.012953342296) q[4];
ry(pi*-0.001775957685) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.132496544007) q[0];
ry(pi*-0.056127753037) q[1];
ry(pi*0.02812824868) q[2];
ry(pi*0.001670048101) q[3];
ry(pi*-0.009137620949) q[4];
ry(pi*0.005705543977) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.13039117614) q[0];
ry(pi*-0.041526098738) q[1];
ry(pi*-0.014618952701) q[2];
ry(pi*0.010928921658) q[3];
ry(pi*-0.001517434876) q[4];
ry(pi*-0.004001342113) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.088412425587) q[0];
ry(pi*-0.077328669707) q[1];
ry(pi*-0.017575892189) q[2];
ry(pi*-0.022855012989) q[3];
ry(pi*0.004642135698) q[4];
ry(pi*0.001255880579) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
