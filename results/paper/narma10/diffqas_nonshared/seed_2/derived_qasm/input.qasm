// DiffQAS-QLSTM derived circuit, input gate
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
ry(pi*0.059763211343) q[0];
ry(pi*0.066664624208) q[1];
ry(pi*0.078566190892) q[2];
ry(pi*0.100621910479) q[3];
ry(pi*0.071800053718) q[4];
ry(pi*0.002244996617) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.063324951039) q[0];
ry(pi*-0.037744192164) q[1];
ry(pi*0.010656189596) q[2];
ry(pi*-0.017367381692) q[3];
ry(pi*0.001753682197) q[4];
ry(pi*-0.003110264784) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.055315069619) q[0];
ry(pi*0.063591603521) q[1];
ry(pi*-0.053881360737) q[2];
ry(pi*0.014503356493) q[3];
ry(pi*0.016250152471) q[4];
ry(pi*-0.003930459631) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.084846165635) q[0];
ry(pi*-0.047848007998) q[1];
ry(pi*-0.029785866815) q[2];
ry(pi*0.013197903385) q[3];
ry(pi*-0.015041312153) q[4];
ry(pi*0.004443085783) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.086970145767) q[0];
ry(pi*0.07432476674) q[1];
ry(pi*0.078703022348) q[2];
ry(pi*0.105838078517) q[3];
ry(pi*-0.001595714358) q[4];
ry(pi*0.000514981589) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
