// DiffQAS-QLSTM derived circuit, update gate
// input v = concat(x, h) with x = [-0.199125] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.199125, 0.0, 0.0, 0.0, 0.0, 0.0]
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
rz(pi*-0.063383369021) q[0];
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
rx(pi*0.026145043965) q[0];
rx(pi*0.002061070206) q[1];
rx(pi*-0.090552949955) q[2];
rx(pi*-0.000390333638) q[3];
rx(pi*0.007668622164) q[4];
rx(pi*0.002131550851) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.145853121224) q[0];
rx(pi*0.246729257036) q[1];
rx(pi*-0.100712135381) q[2];
rx(pi*-0.000726549219) q[3];
rx(pi*-0.003787911449) q[4];
rx(pi*0.004195940547) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.003187620827) q[0];
rx(pi*-0.002638427964) q[1];
rx(pi*-0.098693956777) q[2];
rx(pi*-0.000600936548) q[3];
rx(pi*-0.003972818662) q[4];
rx(pi*0.000807847442) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.377409312233) q[0];
rx(pi*0.253365620616) q[1];
rx(pi*-0.106288880488) q[2];
rx(pi*0.004302762749) q[3];
rx(pi*0.002364913572) q[4];
rx(pi*-0.001333477634) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.028469634816) q[0];
rx(pi*0.000678768651) q[1];
rx(pi*-0.104239804765) q[2];
rx(pi*-0.002256829238) q[3];
rx(pi*0.002326659622) q[4];
rx(pi*-0.003373672927) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
