// DiffQAS-QLSTM derived circuit, output gate
// input v = concat(x, h) with x = [-0.428813] (the last step of the first test window) and h = 0; encoding angles (identity) = [-0.428813, 0.0, 0.0, 0.0, 0.0, 0.0]
// readout: <Z> of qubits 0..4 (measured into m_h)

OPENQASM 2.0;
include "qelib1.inc";


// Qubits: [q(0), q(1), q(2), q(3), q(4), q(5)]
qreg q[6];
creg m_h[5];


rx(pi*-0.136495314956) q[0];
rx(0) q[1];
rx(0) q[2];
rx(0) q[3];
rx(0) q[4];
rx(0) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.000862583301) q[0];
rz(pi*0.003743412055) q[1];
rz(pi*-0.003492667925) q[2];
rz(pi*-0.001462822267) q[3];
rz(pi*0.00096148275) q[4];
rz(pi*0.008737282929) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.002632311328) q[0];
rz(pi*0.002609261218) q[1];
rz(pi*-0.002233839604) q[2];
rz(pi*-0.000401484723) q[3];
rz(pi*-0.002367255817) q[4];
rz(pi*0.00610943998) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*0.00133706126) q[0];
rz(pi*-0.00146404512) q[1];
rz(pi*0.003257289645) q[2];
rz(pi*-0.002110933848) q[3];
rz(pi*0.000997330349) q[4];
rz(pi*-0.004136885201) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.00084254215) q[0];
rz(pi*0.001231335624) q[1];
rz(pi*0.001223550646) q[2];
rz(pi*-0.002567637974) q[3];
rz(pi*-0.002315491343) q[4];
rz(pi*-0.005435187658) q[5];
cx q[0],q[1];
cx q[1],q[2];
cx q[2],q[3];
cx q[3],q[4];
cx q[4],q[5];
cx q[5],q[0];
rz(pi*-0.006636500539) q[0];
rz(pi*-0.00062536837) q[1];
rz(pi*0.003698150194) q[2];
rz(pi*0.00162656538) q[3];
rz(pi*0.001967275463) q[4];
rz(pi*0.000153106618) q[5];

// Gate: cirq.MeasurementGate(5, cirq.MeasurementKey(name='h'), ())
measure q[0] -> m_h[0];
measure q[1] -> m_h[1];
measure q[2] -> m_h[2];
measure q[3] -> m_h[3];
measure q[4] -> m_h[4];
