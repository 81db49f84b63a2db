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
rx(pi*0.001168651296) q[0];
rx(pi*0.1207378516) q[1];
rx(pi*0.009592521627) q[2];
rx(pi*-0.20197250728) q[3];
rx(pi*0.112995661421) q[4];
rx(pi*0.003327634961) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.489557223855) q[0];
rx(pi*0.243917021509) q[1];
rx(pi*-0.304635638765) q[2];
rx(pi*-0.069934866608) q[3];
rx(pi*0.080188128403) q[4];
rx(pi*0.004974511557) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.019366244853) q[0];
rx(pi*-0.023356422394) q[1];
rx(pi*0.019094660642) q[2];
rx(pi*-0.07260589746) q[3];
rx(pi*0.107257249531) q[4];
rx(pi*0.002983513786) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*0.008127640521) q[0];
rx(pi*0.288663829546) q[1];
rx(pi*-0.045253793058) q[2];
rx(pi*0.038000407264) q[3];
rx(pi*0.079683614583) q[4];
rx(pi*0.002621692518) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rx(pi*-0.015301755803) q[0];
rx(pi*-0.129607041965) q[1];
rx(pi*0.005945892523) q[2];
rx(pi*-0.192090020406) q[3];
rx(pi*0.115180202563) q[4];
rx(pi*0.003633455792) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
