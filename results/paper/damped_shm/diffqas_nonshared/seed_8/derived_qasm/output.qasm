// DiffQAS-QLSTM derived circuit, output gate
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
ry(pi*0.07481871274) q[0];
ry(pi*-0.021876600249) q[1];
ry(pi*-0.04897208638) q[2];
ry(pi*0.012116714085) q[3];
ry(pi*-0.324002089947) q[4];
ry(pi*-0.377595776398) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.00220319076) q[0];
ry(pi*-0.064192185849) q[1];
ry(pi*0.123067970635) q[2];
ry(pi*-0.030298579234) q[3];
ry(pi*0.021676729466) q[4];
ry(pi*-0.00582622666) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.148295871976) q[0];
ry(pi*-0.099536821093) q[1];
ry(pi*-0.437807688481) q[2];
ry(pi*0.014163753795) q[3];
ry(pi*-0.366725378551) q[4];
ry(pi*0.044001971165) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*-0.321093377998) q[0];
ry(pi*0.010759638502) q[1];
ry(pi*0.017119068742) q[2];
ry(pi*0.1794155609) q[3];
ry(pi*0.053143164327) q[4];
ry(pi*0.024951179073) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
ry(pi*0.017247081428) q[0];
ry(pi*0.207738002767) q[1];
ry(pi*-0.387251880446) q[2];
ry(pi*-0.435520220182) q[3];
ry(pi*-0.069341906581) q[4];
ry(pi*-0.000269680841) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
