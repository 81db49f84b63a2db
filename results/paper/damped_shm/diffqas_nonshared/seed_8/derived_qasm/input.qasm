// DiffQAS-QLSTM derived circuit, input gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
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
ry(pi*-0.136495314956) q[0];
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
ry(pi*0.072941990199) q[0];
ry(pi*0.096061696735) q[1];
ry(pi*-0.00352443453) q[2];
ry(pi*0.086899491254) q[3];
ry(pi*-0.007534589188) q[4];
ry(pi*-0.158337777362) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.227341518432) q[0];
ry(pi*0.552502160244) q[1];
ry(pi*-0.06173065682) q[2];
ry(pi*-0.490560654535) q[3];
ry(pi*-0.113570564135) q[4];
ry(pi*-0.156480478172) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.052383272579) q[0];
ry(pi*-0.104944670801) q[1];
ry(pi*-0.269272580983) q[2];
ry(pi*-0.138175447874) q[3];
ry(pi*-0.379952836735) q[4];
ry(pi*-0.190882708579) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.044977953022) q[0];
ry(pi*-0.295655268099) q[1];
ry(pi*0.14641857551) q[2];
ry(pi*-0.386111997764) q[3];
ry(pi*-0.71063906364) q[4];
ry(pi*0.146113522186) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.107716892803) q[0];
ry(pi*0.038749721705) q[1];
ry(pi*0.243442437198) q[2];
ry(pi*-0.182505386698) q[3];
ry(pi*0.335805226015) q[4];
ry(pi*0.004867340434) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
