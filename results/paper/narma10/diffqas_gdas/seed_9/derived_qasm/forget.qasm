// DiffQAS-QLSTM derived circuit, forget gate
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
rz(pi*0.030359911972) q[0];
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
rz(pi*-0.005399933328) q[0];
rz(pi*-0.001550155751) q[1];
rz(pi*-0.002971664712) q[2];
rz(pi*-0.001908547694) q[3];
rz(pi*-0.005241471161) q[4];
rz(pi*0.003007214601) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.00307078131) q[0];
rz(pi*-0.000459424381) q[1];
rz(pi*0.003730446257) q[2];
rz(pi*0.005084890853) q[3];
rz(pi*0.003725484587) q[4];
rz(pi*-0.007148367485) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001007181429) q[0];
rz(pi*-0.001159230215) q[1];
rz(pi*-0.002220957849) q[2];
rz(pi*-0.002542152238) q[3];
rz(pi*-0.001804237603) q[4];
rz(pi*0.001830377306) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001514964417) q[0];
rz(pi*-0.004332332665) q[1];
rz(pi*-0.005074388844) q[2];
rz(pi*0.000417032296) q[3];
rz(pi*-0.005532558764) q[4];
rz(pi*0.002196261261) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
rz(pi*-0.001619098863) q[0];
rz(pi*-0.001647172748) q[1];
rz(pi*0.00069692268) q[2];
rz(pi*-0.001180093419) q[3];
rz(pi*0.002233442658) q[4];
rz(pi*-0.004126149591) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
