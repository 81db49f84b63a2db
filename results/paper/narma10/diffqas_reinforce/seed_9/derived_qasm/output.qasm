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
rx(pi*0.030359911972) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.004339376891) q[0];
rz(pi*0.002576352691) q[1];
rz(pi*-0.001137426748) q[2];
rz(pi*-0.000501685843) q[3];
rz(pi*0.004337065773) q[4];
rz(pi*0.001966928469) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000127019841) q[0];
rz(pi*-0.000650653485) q[1];
rz(pi*0.000184671314) q[2];
rz(pi*0.001738087339) q[3];
rz(pi*0.005561841421) q[4];
rz(pi*-0.002586142925) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.00020476149) q[0];
rz(pi*0.002698910712) q[1];
rz(pi*0.002243739228) q[2];
rz(pi*-0.002049142128) q[3];
rz(pi*0.001590219524) q[4];
rz(pi*-0.007170993079) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*0.001748739203) q[0];
rz(pi*-0.000284989106) q[1];
rz(pi*-0.003188029333) q[2];
rz(pi*-0.000958017185) q[3];
rz(pi*-0.003918342567) q[4];
rz(pi*0.00160945463) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.000142596439) q[0];
rz(pi*-0.000544624692) q[1];
rz(pi*0.003829315617) q[2];
rz(pi*-0.003484219123) q[3];
rz(pi*-0.00144546739) q[4];
rz(pi*0.001928768493) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
