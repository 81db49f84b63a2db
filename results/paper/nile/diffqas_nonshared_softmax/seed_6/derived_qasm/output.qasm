// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*-0.063383369021) q[0];
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
ry(pi*0.010988464069) q[0];
ry(pi*-0.157056215687) q[1];
ry(pi*-0.223709546368) q[2];
ry(pi*-0.080398308502) q[3];
ry(pi*0.205647433644) q[4];
ry(pi*-0.138901885924) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*0.014118394699) q[0];
ry(pi*0.090098713916) q[1];
ry(pi*0.171528817356) q[2];
ry(pi*0.039150615863) q[3];
ry(pi*0.153509810716) q[4];
ry(pi*-0.114759719042) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.009274167815) q[0];
ry(pi*0.019355924864) q[1];
ry(pi*0.042204583169) q[2];
ry(pi*0.183601707951) q[3];
ry(pi*0.11589594947) q[4];
ry(pi*-0.079404866974) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.074700597899) q[0];
ry(pi*0.168605629201) q[1];
ry(pi*0.233014597665) q[2];
ry(pi*-0.167522664762) q[3];
ry(pi*-0.19786481254) q[4];
ry(pi*0.036695684607) q[5];
cx q[0],q[1];
cx q[2],q[3];
cx q[4],q[5];
cx q[1],q[2];
cx q[3],q[4];
ry(pi*-0.10998895523) q[0];
ry(pi*-0.040247975874) q[1];
ry(pi*-0.137972600742) q[2];
ry(pi*-0.17996036335) q[3];
ry(pi*-0.131411407189) q[4];
ry(pi*0.00278606529) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
