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
ry(pi*-0.00906105109) q[0];
ry(pi*0.184727190317) q[1];
ry(pi*-0.205628403978) q[2];
ry(pi*-0.535332924) q[3];
ry(pi*-0.36438368614) q[4];
ry(pi*0.080929317765) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.019329602548) q[0];
ry(pi*-0.018095842711) q[1];
ry(pi*-0.075585050478) q[2];
ry(pi*0.210342979998) q[3];
ry(pi*-0.093184251874) q[4];
ry(pi*-0.09437992392) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.076797579811) q[0];
ry(pi*0.074948642859) q[1];
ry(pi*0.252522490681) q[2];
ry(pi*-0.234438009088) q[3];
ry(pi*-0.378578868292) q[4];
ry(pi*0.033908725523) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.059483989416) q[0];
ry(pi*-0.177892978925) q[1];
ry(pi*-0.166609107988) q[2];
ry(pi*0.067257318617) q[3];
ry(pi*-0.014943761399) q[4];
ry(pi*-0.512781878145) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.995611327722) q[0];
ry(pi*-0.138618025159) q[1];
ry(pi*-0.256508759835) q[2];
ry(pi*0.493161590571) q[3];
ry(pi*-0.01918747651) q[4];
ry(pi*-0.002173450385) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
