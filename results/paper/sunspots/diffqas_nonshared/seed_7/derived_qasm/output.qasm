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
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.135246937863) q[0];
ry(pi*-0.109323059218) q[1];
ry(pi*0.102679770585) q[2];
ry(pi*-0.0351348346) q[3];
ry(pi*-0.073857961256) q[4];
ry(pi*-0.016345737174) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.113078126469) q[0];
ry(pi*0.157238278174) q[1];
ry(pi*-0.40968988667) q[2];
ry(pi*-0.133950767172) q[3];
ry(pi*-0.046267113282) q[4];
ry(pi*0.088852242338) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.060413165504) q[0];
ry(pi*0.122456573841) q[1];
ry(pi*0.107265246544) q[2];
ry(pi*-0.139210079237) q[3];
ry(pi*-0.273778153215) q[4];
ry(pi*0.044345150225) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.109147162874) q[0];
ry(pi*-0.561145195456) q[1];
ry(pi*0.04237214099) q[2];
ry(pi*0.343312552551) q[3];
ry(pi*0.180197940097) q[4];
ry(pi*0.216537107802) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.071372887047) q[0];
ry(pi*-0.255382442669) q[1];
ry(pi*0.101405171909) q[2];
ry(pi*-0.240184209291) q[3];
ry(pi*0.227331785412) q[4];
ry(pi*0.002333932261) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
