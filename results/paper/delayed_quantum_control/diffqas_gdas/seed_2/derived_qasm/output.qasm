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
rx(pi*-0.019252515089) q[0];
rx(pi*-0.280272771396) q[1];
rx(pi*0.109890752288) q[2];
rx(pi*0.207810402772) q[3];
rx(pi*-0.006763743643) q[4];
rx(pi*-0.002408033885) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.00778274502) q[0];
rx(pi*-0.109777902385) q[1];
rx(pi*0.510273415281) q[2];
rx(pi*0.234395320406) q[3];
rx(pi*-0.003929723251) q[4];
rx(pi*0.006645856475) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.055318280757) q[0];
rx(pi*-0.077295519574) q[1];
rx(pi*0.109091733992) q[2];
rx(pi*0.220354045183) q[3];
rx(pi*-0.01183228058) q[4];
rx(pi*-0.003352809426) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.007544166868) q[0];
rx(pi*-0.257088642896) q[1];
rx(pi*0.496419856424) q[2];
rx(pi*0.243102331723) q[3];
rx(pi*-0.013686395906) q[4];
rx(pi*-0.006420468533) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.036401106612) q[0];
rx(pi*-0.275578894644) q[1];
rx(pi*0.111834567208) q[2];
rx(pi*0.216115931776) q[3];
rx(pi*-0.008616099839) q[4];
rx(pi*0.001961705331) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
