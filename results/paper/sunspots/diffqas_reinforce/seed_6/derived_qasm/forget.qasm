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
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.300474099368) q[0];
ry(pi*0.090380335897) q[1];
ry(pi*-0.010876277026) q[2];
ry(pi*0.31551990569) q[3];
ry(pi*-0.003062408103) q[4];
ry(pi*-3.0782422e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.219511939777) q[0];
ry(pi*0.073272870176) q[1];
ry(pi*0.008680911931) q[2];
ry(pi*-0.007081710293) q[3];
ry(pi*-0.000424723559) q[4];
ry(pi*-0.00070342218) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.010396506041) q[0];
ry(pi*0.028963327055) q[1];
ry(pi*0.031204596713) q[2];
ry(pi*-0.084354278178) q[3];
ry(pi*0.002494169566) q[4];
ry(pi*0.000157073748) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.273889959617) q[0];
ry(pi*-0.131785160832) q[1];
ry(pi*0.078696377143) q[2];
ry(pi*-0.074107557238) q[3];
ry(pi*0.003760102737) q[4];
ry(pi*-1.0095626e-05) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.707909795939) q[0];
ry(pi*0.121224293878) q[1];
ry(pi*0.493558386617) q[2];
ry(pi*0.163310392237) q[3];
ry(pi*0.506697431795) q[4];
ry(pi*0.002231087518) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
