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
rz(pi*-0.316916735344) q[0];
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
rx(pi*-0.052553799636) q[0];
rx(pi*-0.112213462465) q[1];
rx(pi*-0.126380991838) q[2];
rx(pi*0.01082934082) q[3];
rx(pi*0.053927938833) q[4];
rx(pi*0.00616191445) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.483040502423) q[0];
rx(pi*-0.329615442971) q[1];
rx(pi*-0.095729417518) q[2];
rx(pi*0.062528465604) q[3];
rx(pi*0.059120044683) q[4];
rx(pi*0.003322905708) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.240558598522) q[0];
rx(pi*-0.096714378228) q[1];
rx(pi*-0.061048301949) q[2];
rx(pi*0.010340203226) q[3];
rx(pi*0.059640680596) q[4];
rx(pi*0.001891255665) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.507387508575) q[0];
rx(pi*-0.34958585363) q[1];
rx(pi*-0.101649446035) q[2];
rx(pi*0.053135826617) q[3];
rx(pi*0.05761867424) q[4];
rx(pi*0.001118393895) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.19723846522) q[0];
rx(pi*-0.119740767304) q[1];
rx(pi*-0.129155471597) q[2];
rx(pi*0.010929848951) q[3];
rx(pi*0.057490769461) q[4];
rx(pi*-0.000829179259) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
